"""One module per node; each node is a short async function that calls one service method."""
