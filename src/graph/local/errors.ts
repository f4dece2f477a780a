/**
 * Why the local Neo4j could not be had. Each subclass names itself, so messages and tests can
 * tell them apart; callers that only need "no local Neo4j" catch the base class.
 */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Java is not installed (or too old) to run Neo4j; `claimgraph start` keeps the snapshot and says so. */
export class JavaMissingError extends LocalNeo4jError {}

/** Maven is needed once, to fetch Neo4j from Maven Central, and is not installed. */
export class MavenMissingError extends LocalNeo4jError {}

/** Fetching Neo4j from Maven Central failed. */
export class DownloadError extends LocalNeo4jError {}

/** A port the server needs is taken by another program. */
export class PortInUseError extends LocalNeo4jError {}

/** The server was launched but did not come up (or died); the message names the log to read. */
export class ServerStartError extends LocalNeo4jError {}
