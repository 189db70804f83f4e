// natural ships types only for its index, which must not be imported (it runs dotenv and prints
// to stdout: docs/stack.md). These declare the subpath modules foiscope uses.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}

declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export default stopwords;
}

declare module "natural/lib/natural/classifiers/logistic_regression_classifier.js" {
  class LogisticRegressionClassifier {
    addDocument(tokens: string[], label: string): void;
    train(): void;
    classify(tokens: string[]): string;
  }
  export default LogisticRegressionClassifier;
}
