import { Callout } from './Callout/config'
import { ContactCard } from './ContactCard/config'
import { Download } from './Download/config'
import { Film } from './Film/config'
import { Steps } from './Steps/config'

/** Blocks staff can put inside rich text (resources, stories, pages). */
export const richTextBlocks = [Callout, ContactCard, Film, Steps, Download]
