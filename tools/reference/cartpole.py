"""The cart-pole physics of OpenAI Gym's CartPoleEnv.step (gym 0.26,
gym/envs/classic_control/cartpole.py, MIT licence; Barto, Sutton & Anderson 1983),
transcribed line for line with its Euler integrator, run from fixed start states under fixed
action sequences. Writes the states after every step and the step at which each episode ends,
which `CartPoleTest` matches to 1e-12. numpy only: Debian has no gym package."""
import json
import math
import pathlib

GRAVITY, MASSCART, MASSPOLE, LENGTH, FORCE_MAG, TAU = 9.8, 1.0, 0.1, 0.5, 10.0, 0.02
TOTAL_MASS = MASSPOLE + MASSCART
POLEMASS_LENGTH = MASSPOLE * LENGTH
THETA_THRESHOLD = 12 * 2 * math.pi / 360
X_THRESHOLD = 2.4


def step(state, action):
    x, x_dot, theta, theta_dot = state
    force = FORCE_MAG if action == 1 else -FORCE_MAG
    costheta = math.cos(theta)
    sintheta = math.sin(theta)
    temp = (force + POLEMASS_LENGTH * theta_dot ** 2 * sintheta) / TOTAL_MASS
    thetaacc = (GRAVITY * sintheta - costheta * temp) / (
        LENGTH * (4.0 / 3.0 - MASSPOLE * costheta ** 2 / TOTAL_MASS))
    xacc = temp - POLEMASS_LENGTH * thetaacc * costheta / TOTAL_MASS
    x = x + TAU * x_dot
    x_dot = x_dot + TAU * xacc
    theta = theta + TAU * theta_dot
    theta_dot = theta_dot + TAU * thetaacc
    terminated = x < -X_THRESHOLD or x > X_THRESHOLD or theta < -THETA_THRESHOLD or theta > THETA_THRESHOLD
    return [x, x_dot, theta, theta_dot], terminated


def episode(start, actions):
    state, states, end = list(start), [], None
    for i, a in enumerate(actions):
        state, terminated = step(state, a)
        states.append(state)
        if terminated:
            end = i + 1
            break
    return {"start": start, "actions": actions[:len(states)], "states": states, "terminated_at": end}


cases = [
    # Always push right: the pole falls backwards within a few dozen steps.
    episode([0.01, -0.02, 0.03, 0.04], [1] * 200),
    # Alternate: balances for a while, the cart drifts.
    episode([-0.04, 0.03, -0.01, 0.02], [i % 2 for i in range(200)]),
    # A bang-bang controller on θ̇: keeps the pole up for the whole 120 steps.
    None,
]
state = [0.02, 0.0, -0.03, 0.01]
actions, states, end = [], [], None
for i in range(120):
    a = 1 if state[3] + 0.5 * state[2] > 0 else 0
    state, terminated = step(state, a)
    actions.append(a)
    states.append(state)
    if terminated:
        end = i + 1
        break
cases[2] = {"start": [0.02, 0.0, -0.03, 0.01], "actions": actions, "states": states, "terminated_at": end}

out = pathlib.Path(__file__).resolve().parents[2] / "algorithms/src/test/resources/org/stepwise/algo/rl/cartpole_physics.json"
out.write_text(json.dumps({"source": "gym 0.26 CartPoleEnv.step, transcribed", "cases": cases}, indent=1) + "\n")
print(out, [c["terminated_at"] for c in cases], [len(c["states"]) for c in cases])
