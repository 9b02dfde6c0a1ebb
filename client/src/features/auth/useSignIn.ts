import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      totpRequired
      viewer {
        id
      }
    }
  }
`);

export interface SignInCredentials {
  email: string;
  password: string;
  totpCode?: string;
  recoveryCode?: string;
}

export type SignInOutcome = 'signedIn' | 'codeRequired';

// The first answer may ask for a second factor; the second call sends the same credentials with it.
export function useSignIn() {
  const [signIn] = useMutation(SignInMutation);
  const submit = async (credentials: SignInCredentials): Promise<SignInOutcome> => {
    const { data } = await signIn({ variables: { input: credentials } });
    if (data?.signIn?.viewer) return 'signedIn';
    if (data?.signIn?.totpRequired) return 'codeRequired';
    throw new Error('signIn answered neither a viewer nor a second-factor request');
  };
  return { submit };
}
