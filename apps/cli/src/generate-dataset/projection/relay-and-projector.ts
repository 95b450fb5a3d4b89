import { SERVICES, ServiceProcess } from '../../start/service-process';

/** The relay and the projector as `npm start` runs them (child processes), to bring Kafka and the read models up to date. */
export function startRelayAndProjector(env: NodeJS.ProcessEnv): { stop(): Promise<void> } {
  const onExit = (name: string, code: number | null) => console.error(`The ${name} service exited unexpectedly (code ${code}).`);
  const services = SERVICES.filter((name) => name === 'relay' || name === 'projector').map((name) => new ServiceProcess(name, env, onExit));
  return { stop: async () => void (await Promise.all(services.map((s) => s.stop()))) };
}
