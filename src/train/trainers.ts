import { sourceTrainer } from './source/train.js';

/**
 * The models `npm run train` makes, in order. Each trainer reads annotated data from the shared
 * data folder (never copied into the repo) and writes its model and card under `models/`.
 * Same data and seed, same bytes.
 */

/** What every trainer is given. */
export interface TrainContext {
  /** The shared data folder (`../shared/data` by default). */
  dataDir: string;
  /** The folder the models are written to (`models/` by default). */
  modelsDir: string;
  /** Progress lines go here (stderr). */
  log(line: string): void;
}

/** One model that `npm run train` makes. */
export interface Trainer {
  /** Short name, used by `npm run train -- --only NAME`. */
  name: string;
  /** One line: what it learns. */
  description: string;
  run(ctx: TrainContext): Promise<void>;
}

/** Every trainer, in the order they run. Each model's module adds its own line here. */
export const trainers: Trainer[] = [sourceTrainer];
