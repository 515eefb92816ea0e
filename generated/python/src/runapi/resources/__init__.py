"""Resource classes, one module per API group, imported lazily by the clients."""
