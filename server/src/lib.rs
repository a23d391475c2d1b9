//! The coordinator: durable campaign state in sled, leased units of work, blob storage, and the
//! two gRPC services (clients and workers).
