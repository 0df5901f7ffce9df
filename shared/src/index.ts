export * from './locales'
export * from './enums'
export * from './slug'
