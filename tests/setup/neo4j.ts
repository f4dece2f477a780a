// Placeholder: replaced by the local-Neo4j global setup.
export default async function setup(): Promise<void> {}
