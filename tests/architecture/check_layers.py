#!/usr/bin/env python3
"""The link lines are the architecture: a file may include a project header only from its own
library or from a library its library links (directly or through others), as the CMakeLists
files declare. Include directories cannot say this alone (every library sees the whole source
tree so that "runtime/x.h" reads the same everywhere), so this test does: nothing linking only
the runtime includes cli/, nothing in the service includes report/ or cli/.

Usage: check_layers.py SOURCE_DIR; prints each violation and exits 1 if there is any."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."

# Library folders: where each add_library is, and what it links.
folder_of = {}   # target -> folder (relative to root)
links = {}       # target -> set of targets it links
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = [d for d in dirnames if not d.startswith(".") and not d.startswith("build")]
    if "CMakeLists.txt" not in filenames:
        continue
    text = open(os.path.join(dirpath, "CMakeLists.txt"), encoding="utf-8").read()
    for m in re.finditer(r"add_library\(\s*(redline_\w+)", text):
        folder_of[m.group(1)] = os.path.relpath(dirpath, root)
    for m in re.finditer(r"target_link_libraries\(\s*(redline_\w+)([^)]*)\)", text, re.S):
        links.setdefault(m.group(1), set()).update(re.findall(r"\bredline_\w+", m.group(2)))

def closure(target):
    seen, stack = set(), [target]
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        stack.extend(links.get(t, ()))
    return seen

# An include "x/y.h" names the library whose folder is x or compiler/x.
target_of_folder = {folder: target for target, folder in folder_of.items()}
def target_of_include(path):
    head = path.split("/", 1)[0]
    for folder in (head, os.path.join("compiler", head)):
        if folder in target_of_folder:
            return target_of_folder[folder]
    return None

violations = []
checked = 0
for target, folder in sorted(folder_of.items()):
    allowed = closure(target)
    for name in sorted(os.listdir(os.path.join(root, folder))):
        if not name.endswith((".h", ".cpp")):
            continue
        checked += 1
        path = os.path.join(folder, name)
        for lineno, line in enumerate(open(os.path.join(root, path), encoding="utf-8"), 1):
            m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
            if not m:
                continue
            to = target_of_include(m.group(1))
            if to is not None and to not in allowed:
                violations.append(f"{path}:{lineno}: includes \"{m.group(1)}\" of {to} ({folder_of[to]}/), "
                                  f"which {target} does not link")

if checked < 50 or "redline_service" not in folder_of or "redline_cli" not in folder_of:
    print(f"check_layers: found only {checked} files in {len(folder_of)} libraries; wrong SOURCE_DIR?")
    sys.exit(1)
for v in violations:
    print(v)
print(f"check_layers: {checked} files in {len(folder_of)} libraries, {len(violations)} include(s) across the link lines")
sys.exit(1 if violations else 0)
