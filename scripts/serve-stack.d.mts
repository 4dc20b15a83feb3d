export type Instance = {
  origin: string;
  port: number;
  pid: number | undefined;
  /** SIGKILL: a crash. */
  kill: () => void;
  /** SIGTERM, resolving when the instance has exited: how a container is stopped. */
  terminate: () => Promise<unknown>;
  exited: () => boolean;
};
export type Stack = { origin: string; instances: Instance[]; stop: () => Promise<void> };
export declare function startInstance(port: number): Promise<Instance>;
export declare function nginxBinary(): string;
export declare function startNginx(options: { port: number; upstreamPorts: number[]; workers?: string; microCache?: string }): Promise<{
  origin: string;
  conf: string;
  stop: () => Promise<void>;
}>;
export declare function startStack(options: { port: number; count?: number; workers?: string; microCache?: string }): Promise<Stack>;
