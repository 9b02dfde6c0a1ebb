import type { CodegenConfig } from '@graphql-codegen/cli';

// The committed server schema is the contract; the client never introspects a running server.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Codegen's `useFragment` is a type-level cast, not a React hook: name it for what it does.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        // Fail on a scalar the server adds until it is mapped here, instead of typing it `any`.
        strictScalars: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', MinorUnits: 'number' },
        // String unions instead of TS enums: no runtime objects, and equal to the @strom/shared key types.
        enumsAsTypes: true,
        // Apollo's cache adds __typename to every selection set except the operation root.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
      },
    },
    // Which concrete types each union and interface stands for, for the cache's fragment matching
    // (app/cache.ts): generated, so a new union member cannot be forgotten.
    './src/gql/possibleTypes.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true, deterministic: true },
    },
  },
};

export default config;
