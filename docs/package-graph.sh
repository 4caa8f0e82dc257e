#!/usr/bin/env bash
# Prints the package graph of the ejb module's own classes (ejb -> ejb only; the persistence entities share
# package names but are the model layer below, so they are left out) and reports every cycle.
# Usage: docs/package-graph.sh [classes-dir]   (default ejb/target/classes; build it first: ./mvnw -q -pl ejb -am compile)
set -euo pipefail
classes=${1:-"$(dirname "$0")/../ejb/target/classes"}
[ -d "$classes" ] || { echo "no $classes: compile the ejb module first" >&2; exit 2; }
classes=$(cd "$classes" && pwd)
location=$(basename "$classes")

# jdeps names the origin of a dependency: "$location" means the class was found in the analysed directory itself.
jdeps -verbose:class "$classes" 2>/dev/null \
    | awk -v loc="$location" '$2 == "->" && $4 == loc { print $1, $3 }' \
    | python3 -c '
import sys
edges = set()
for line in sys.stdin:
    src, dst = line.split()
    a, b = src.rsplit(".", 1)[0], dst.rsplit(".", 1)[0]
    if a != b:
        edges.add((a, b))
nodes = sorted({n for e in edges for n in e})
succ = {n: sorted(b for a, b in edges if a == n) for n in nodes}
short = lambda p: p.removeprefix("io.switchboard.")
print("ejb package edges (%d):" % len(edges))
for n in nodes:
    if succ[n]:
        print("  %-14s -> %s" % (short(n), ", ".join(short(s) for s in succ[n])))

# Tarjan: every strongly connected component with more than one package is a cycle.
index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
def visit(v):
    index[v] = low[v] = counter[0]; counter[0] += 1
    stack.append(v); on.add(v)
    for w in succ[v]:
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            sccs.append(sorted(comp))
sys.setrecursionlimit(10000)
for n in nodes:
    if n not in index:
        visit(n)
if not sccs:
    print("no package cycles")
    sys.exit(0)
for comp in sccs:
    members = set(comp)
    print("CYCLE among %d packages: %s" % (len(comp), ", ".join(short(c) for c in comp)))
    for a, b in sorted(edges):
        if a in members and b in members:
            print("    %s -> %s" % (short(a), short(b)))
sys.exit(1)
'
