"""Per-layer statistics of one forward-and-backward pass through a deep net, in numpy.

The fixture for ActivationsInitEngineTest (the activations-init lesson): for each activation and
weight scale, the weights W_l (inputs x outputs, z = a @ W + b with b = 0), a batch x and an upstream
gradient g (the loss L = sum(g * a_depth) / rows), and per layer np.std of the activations and the
Frobenius norm of dL/dW_l. Run with /usr/bin/python3 (numpy).
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "algorithms", "src", "test", "resources",
                   "org", "stepwise", "algo", "neural", "init", "activations_init_pass.json")

GELU_SCALE = np.sqrt(2 / np.pi)
GELU_CUBIC = 0.044715


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def value(name, z):
    return {
        "tanh": np.tanh,
        "relu": lambda v: np.maximum(v, 0),
        "sigmoid": sigmoid,
        "leaky_relu": lambda v: np.where(v > 0, v, 0.01 * v),
        "elu": lambda v: np.where(v > 0, v, np.expm1(np.minimum(v, 0))),
        "gelu": lambda v: 0.5 * v * (1 + np.tanh(GELU_SCALE * (v + GELU_CUBIC * v ** 3))),
        "swish": lambda v: v * sigmoid(v),
        "linear": lambda v: v,
    }[name](z)


def derivative(name, z):
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(float)
    if name == "sigmoid":
        return sigmoid(z) * (1 - sigmoid(z))
    if name == "leaky_relu":
        return np.where(z > 0, 1.0, 0.01)
    if name == "elu":
        return np.where(z > 0, 1.0, np.exp(np.minimum(z, 0)))
    if name == "gelu":
        t = np.tanh(GELU_SCALE * (z + GELU_CUBIC * z ** 3))
        return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_SCALE * (1 + 3 * GELU_CUBIC * z * z)
    if name == "swish":
        s = sigmoid(z)
        return s * (1 + z * (1 - s))
    return np.ones_like(z)


def case(name, scale, depth, width, rows, seed):
    rng = np.random.default_rng(seed)
    weights = [rng.standard_normal((width, width)) * scale for _ in range(depth)]
    x = rng.standard_normal((rows, width))
    g = rng.standard_normal((rows, width))
    a, zs, acts = x, [], [x]
    for w in weights:
        z = a @ w
        a = value(name, z)
        zs.append(z)
        acts.append(a)
    delta = g / rows
    norms = [0.0] * depth
    for l in reversed(range(depth)):
        dz = delta * derivative(name, zs[l])
        norms[l] = float(np.linalg.norm(acts[l].T @ dz))
        delta = dz @ weights[l].T
    return {
        "activation": name, "scale": scale, "depth": depth, "width": width, "rows": rows,
        "weights": [w.ravel().tolist() for w in weights],
        "x": x.ravel().tolist(), "g": g.ravel().tolist(),
        "activation_std": [float(acts[l + 1].std()) for l in range(depth)],
        "gradient_norm": norms,
    }


def main():
    cases = []
    for i, name in enumerate(["tanh", "relu", "sigmoid", "leaky_relu", "elu", "gelu", "swish", "linear"]):
        for j, scale in enumerate([1.0, 1 / np.sqrt(8), 0.01]):
            cases.append(case(name, scale, depth=5, width=8, rows=7, seed=100 * i + j))
    with open(OUT, "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases}, f)


if __name__ == "__main__":
    main()
