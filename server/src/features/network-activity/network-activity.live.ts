declare module '../../core/pubsub.js' {
  interface Topics {
    /** publiclyListed: whether anonymous subscribers may receive it (no database read per subscriber). */
    NETWORK_ACTIVITY: { activityId: string; publiclyListed: boolean };
  }
}

export {};
