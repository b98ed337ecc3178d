"""How many steps a second the four bandit policies take together in numpy, stepped one pull at a
time as Sutton and Barto's reference code steps its testbed (ShangtongZhang/
reinforcement-learning-an-introduction, chapter02/ten_armed_testbed.py): the baseline of
benchmarks/ BanditPullBenchmark (scikit-learn has no bandits). The default 10-armed Gaussian
testbed; each step draws one reward per arm, and ε-greedy (ε 0.1), UCB (c 2), Thompson sampling
(Normal posterior) and the gradient bandit (α 0.1, baseline) each pull once. Prints the median
steps per second of repeated 10,000-step runs. Writes nothing.

    /usr/bin/python3 tools/reference/speed_bandits.py
"""
import statistics
import time

import numpy as np

K = 10
STEPS = 10_000


def run(seed):
    rng = np.random.default_rng(seed)
    q_star = rng.normal(size=K)
    q_eps, n_eps = np.zeros(K), np.zeros(K)
    q_ucb, n_ucb = np.zeros(K), np.zeros(K)
    s_ts, n_ts = np.zeros(K), np.zeros(K)
    h, baseline = np.zeros(K), 0.0
    for t in range(1, STEPS + 1):
        rewards = q_star + rng.normal(size=K)
        a = rng.integers(K) if rng.random() < 0.1 else int(np.argmax(q_eps))
        n_eps[a] += 1
        q_eps[a] += (rewards[a] - q_eps[a]) / n_eps[a]
        with np.errstate(divide="ignore", invalid="ignore"):
            bound = q_ucb + 2 * np.sqrt(np.log(t) / n_ucb)
        a = int(np.argmax(np.where(n_ucb == 0, np.inf, bound)))
        n_ucb[a] += 1
        q_ucb[a] += (rewards[a] - q_ucb[a]) / n_ucb[a]
        a = int(np.argmax(s_ts / (1 + n_ts) + rng.normal(size=K) / np.sqrt(1 + n_ts)))
        n_ts[a] += 1
        s_ts[a] += rewards[a]
        pi = np.exp(h - h.max())
        pi /= pi.sum()
        a = int(rng.choice(K, p=pi))
        base = rewards[a] if t == 1 else baseline
        one_hot = np.zeros(K)
        one_hot[a] = 1
        h += 0.1 * (rewards[a] - base) * (one_hot - pi)
        baseline += (rewards[a] - baseline) / t


def main():
    run(0)  # warm-up
    rates = []
    for seed in range(5):
        start = time.perf_counter()
        run(seed)
        rates.append(STEPS / (time.perf_counter() - start))
    print(f"numpy {np.__version__}: median {statistics.median(rates):,.0f} steps/s "
          f"(best {max(rates):,.0f}) of the four policies together, 10 arms")


if __name__ == "__main__":
    main()
