// The parts of nlp.js (CommonJS, no type declarations of its own) that the topic model uses.

declare module '@nlpjs/neural' {
  /** A trained network as `toJSON` writes it: feature names, intent names and one row of weights per intent. */
  export interface NeuralNetworkJson {
    settings: Record<string, unknown>;
    features: string[];
    intents: string[];
    /** One row per intent: a weight per feature, then the bias. */
    perceptrons: number[][];
  }
  export interface TrainingExample {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: { log?: boolean; iterations?: number });
    train(corpus: TrainingExample[]): { error: number; iterations: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }
}

declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    /** Normalises (lower case, no accents), tokenises and stems; `keepStops` keeps the stop words. */
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
    /** Stems already seen, kept by the stemmer with no bound. */
    cache: Record<string, string>;
  }
}

declare module '@nlpjs/lang-es' {
  export class StemmerEs {
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
    cache: Record<string, string>;
  }
}
