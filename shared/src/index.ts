export * from './locales'
export * from './enums'
export * from './slug'
export * from './localize'
