/** Plain props shared by components, so content from any source can feed them. */
import type { ImageMetadata } from 'astro'

import type { Locale } from '@hcri/shared/locales'

export interface Alternate {
  locale: Locale
  href: string
}

export interface NavItem {
  label: string
  href: string
}

export interface Crumb {
  label: string
  /** Omit for the current page. */
  href?: string
}

/** An image already optimised by Astro (ImageMetadata) or a plain file with known dimensions. */
export interface CardImage {
  src: ImageMetadata | string
  width?: number
  height?: number
  /** Empty string for a decorative image. */
  alt: string
}

/** A line of card metadata; `lang` marks text in another language than the page (e.g. English). */
export type MetaLine =
  | string
  | { text: string; lang?: string; dir?: 'ltr' | 'rtl'; icon?: 'date' | 'place' | 'time' }

export interface EmergencyNumbers {
  emergency?: string
  nonEmergency?: string
  textphone?: string
  onlineUrl?: string
  onlineName?: string
  anonymous?: string
  /** Shows the emergencySMS line for Deaf, hard of hearing and speech-impaired people. */
  showSms?: boolean
}

export interface Partner {
  name: string
  href?: string
}
