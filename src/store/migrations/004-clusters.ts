import type { Migration } from './migration.ts';

/** Saved clusterings: versions (model and result as JSON), named clusters, and each customer's cluster per version. */
export const clusters: Migration = {
  version: 4,
  name: 'clusters',
  statements: [
    `CREATE TABLE clusterings (
      clustering_id BIGINT PRIMARY KEY,
      name VARCHAR NOT NULL UNIQUE,
      current_version INTEGER NOT NULL,
      options JSON NOT NULL,
      with_segments BOOLEAN NOT NULL,
      created_at TIMESTAMP NOT NULL,
      updated_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE clustering_versions (
      clustering_id BIGINT NOT NULL,
      version INTEGER NOT NULL,
      fitted_at TIMESTAMP NOT NULL,
      k INTEGER NOT NULL,
      model JSON NOT NULL,
      result JSON NOT NULL,
      PRIMARY KEY (clustering_id, version)
    )`,
    `CREATE TABLE clusters (
      clustering_id BIGINT NOT NULL,
      version INTEGER NOT NULL,
      cluster_no INTEGER NOT NULL,
      name VARCHAR NOT NULL,
      description VARCHAR NOT NULL,
      edited BOOLEAN NOT NULL,
      PRIMARY KEY (clustering_id, version, cluster_no)
    )`,
    `CREATE TABLE customer_clusters (
      clustering_id BIGINT NOT NULL,
      version INTEGER NOT NULL,
      customer_id BIGINT NOT NULL,
      cluster_no INTEGER NOT NULL,
      distance DOUBLE NOT NULL,
      probability DOUBLE,
      source VARCHAR NOT NULL,
      assigned_at TIMESTAMP NOT NULL
    )`,
  ],
};
