import { join } from 'node:path';
import type { Trainer } from '../trainers.js';
import { trainNer } from './trainer.js';

/** `npm run train -- --only ner`: the entity recognizer of models/ner from the shared data. */
export const nerTrainer: Trainer = {
  name: 'ner',
  description: 'entity recognizer (PER/ORG/LOC/MISC) from CoNLL-2003 train, word clusters from BBC, PolNeAR train and CoNLL train texts',
  async run({ dataDir, modelsDir, log }) {
    const train = join(dataDir, 'dev', 'conllpp_train.jsonl');
    await trainNer({
      gold: [{ path: train }],
      dev: join(dataDir, 'dev', 'conllpp_dev.jsonl'),
      words: { texts: [join(dataDir, 'bench', 'bbc_news.jsonl'), join(dataDir, 'dev', 'polnear_train.jsonl'), train] },
      out: join(modelsDir, 'ner'),
      command: 'npm run train -- --only ner',
      log,
    });
  },
};

export { trainNer, type NerTrainingPlan } from './trainer.js';
