"""Float arithmetic in tight loops.

A small gravitational system (one heavy star and four planets on roughly
circular orbits, in made-up units with G = 1) is integrated with a simple
kick-drift (symplectic Euler) scheme. The state lives in flat lists of
floats indexed by body number, and the list of interacting pairs is built
once, so the inner loop is only float multiply/add/divide, `** 0.5`, list
indexing and tuple unpacking -- no attribute access.

The total energy before and after is printed with a fixed number of
decimals; since every step is plain IEEE-754 arithmetic in a fixed order,
the output is identical on any conforming implementation.

Usage: nbody.py [STEPS]   (default STEPS = 100000)
"""
import sys


def make_system():
    # (mass, orbital radius, phase parameter, inclination factor)
    # The star sits at the origin; each planet starts on the x/y plane
    # (slightly tilted by z) with the speed of a circular orbit.
    star_mass = 1000.0
    planets = [
        (1.0, 10.0, 0.0, 0.01),
        (0.3, 17.0, 0.5, -0.02),
        (2.5, 29.0, 1.0, 0.015),
        (0.8, 41.0, 1.5, -0.005),
    ]
    masses = [star_mass]
    pos = [[0.0, 0.0, 0.0]]
    vel = [[0.0, 0.0, 0.0]]
    for mass, radius, phase, tilt in planets:
        # Position on a circle without trig: a point (c, s) on the unit
        # circle built from a rational parametrisation of the phase.
        t = phase
        c = (1.0 - t * t) / (1.0 + t * t)
        s = (2.0 * t) / (1.0 + t * t)
        speed = (star_mass / radius) ** 0.5
        masses.append(mass)
        pos.append([radius * c, radius * s, radius * tilt])
        vel.append([-speed * s, speed * c, 0.0])
    # Shift to the centre-of-momentum frame so the system does not drift.
    total = sum(masses)
    for axis in range(3):
        p = sum(masses[i] * vel[i][axis] for i in range(len(masses)))
        for i in range(len(masses)):
            vel[i][axis] -= p / total
    return masses, pos, vel


def energy(masses, pos, vel):
    e = 0.0
    n = len(masses)
    for i in range(n):
        vx, vy, vz = vel[i]
        e += 0.5 * masses[i] * (vx * vx + vy * vy + vz * vz)
    for i in range(n):
        xi, yi, zi = pos[i]
        for j in range(i + 1, n):
            xj, yj, zj = pos[j]
            dx, dy, dz = xi - xj, yi - yj, zi - zj
            e -= masses[i] * masses[j] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(masses, pos, vel, steps, dt):
    n = len(masses)
    # Every pair once, with the references to the mutable coordinate lists
    # resolved ahead of time.
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((pos[i], vel[i], masses[i], pos[j], vel[j], masses[j]))
    bodies = list(zip(pos, vel))
    for _ in range(steps):
        # Kick: update velocities from pairwise forces.
        for (pi, vi, mi, pj, vj, mj) in pairs:
            dx = pi[0] - pj[0]
            dy = pi[1] - pj[1]
            dz = pi[2] - pj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            fi = mj * mag
            fj = mi * mag
            vi[0] -= dx * fi
            vi[1] -= dy * fi
            vi[2] -= dz * fi
            vj[0] += dx * fj
            vj[1] += dy * fj
            vj[2] += dz * fj
        # Drift: move every body along its new velocity.
        for (p, v) in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    masses, pos, vel = make_system()
    print(f"energy before {energy(masses, pos, vel):.9f}")
    advance(masses, pos, vel, steps, 0.001)
    print(f"energy after  {energy(masses, pos, vel):.9f}")
    x, y, z = pos[1]
    print(f"planet 1 at ({x:.6f}, {y:.6f}, {z:.6f})")


if __name__ == "__main__":
    main()
