#!/usr/bin/env python3
"""A scripted LSP client: runs `redline lsp` over pipes and drives a session over the SEC policy
and SECMP0044 (temporary copies), checking each answer. Standard library only.

Usage: lsp_client_test.py REDLINE SOURCE_DIR"""
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse

REDLINE, SOURCE = sys.argv[1], os.path.abspath(sys.argv[2])
WAIT = 120  # a guard against a hung server, far above what any answer takes

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)
    else:
        print("ok:", what, flush=True)


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class Client:
    def __init__(self):
        self.proc = subprocess.Popen([REDLINE, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 1
        self.notifications = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def next_message(self):
        m = self.messages.get(timeout=WAIT)
        if m is None:
            raise RuntimeError("the server closed its output")
        return m

    def response(self, id_):
        while True:
            m = self.next_message()
            if "method" in m:
                self.notifications.append(m)
            elif m.get("id") == id_:
                return m

    def request(self, method, params=None):
        id_ = self.next_id
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": id_, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return self.response(id_)

    def diagnostics(self, doc_uri, version):
        """The diagnostics published for version `version` of doc_uri, waiting for them (earlier
        publications, for other versions, are skipped)."""
        while True:
            for i, n in enumerate(self.notifications):
                if n["method"] == "textDocument/publishDiagnostics" and n["params"]["uri"] == doc_uri:
                    del self.notifications[i]
                    if n["params"].get("version") == version:
                        return n["params"]["diagnostics"]
                    break
            m = self.next_message()
            if "method" in m:
                self.notifications.append(m)

    def drain_diagnostics(self):
        self.notifications = [n for n in self.notifications if n["method"] != "textDocument/publishDiagnostics"]


def pos(line, character):
    return {"line": line, "character": character}


def line_of(text, needle, nth=0):
    """(0-based line, UTF-16 column) of the nth occurrence of needle (ASCII files)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at)
    return line, at - (text.rfind("\n", 0, at) + 1)


def apply_edits(text, edits):
    lines = text.split("\n")
    starts = [0]
    for l in lines:
        starts.append(starts[-1] + len(l) + 1)
    def off(p):
        return starts[p["line"]] + p["character"]
    for e in sorted(edits, key=lambda e: off(e["range"]["start"]), reverse=True):
        text = text[:off(e["range"]["start"])] + e["newText"] + text[off(e["range"]["end"]):]
    return text


def main():
    tmp = tempfile.mkdtemp(prefix="redline-lsp-")
    try:
        run(tmp)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all checks passed")


def run(tmp):
    for name in ("section_g.policy", "SECMP0044.policy", "amendments.tests"):
        shutil.copy(os.path.join(SOURCE, "policies/sec", name), tmp)
    policy_path, mod_path = os.path.join(tmp, "section_g.policy"), os.path.join(tmp, "SECMP0044.policy")
    tests_path = os.path.join(tmp, "amendments.tests")  # not opened: found beside the policy
    policy_text, mod_text, tests_text = open(policy_path).read(), open(mod_path).read(), open(tests_path).read()
    policy_uri, mod_uri, tests_uri = uri(policy_path), uri(mod_path), uri(tests_path)
    c = Client()

    # Before initialize: requests are refused with ServerNotInitialized; garbage is a parse error.
    r = c.request("textDocument/hover", {"textDocument": {"uri": policy_uri}, "position": pos(0, 0)})
    check(r.get("error", {}).get("code") == -32002, "a request before initialize: -32002")
    c.raw(b"Content-Length: 9\r\n\r\n{not json")
    m = c.next_message()
    check(m.get("error", {}).get("code") == -32700 and m.get("id") is None, "malformed JSON: -32700")

    r = c.request("initialize", {"processId": None, "rootUri": uri(tmp), "capabilities": {}})
    caps = r["result"]["capabilities"]
    check(caps["textDocumentSync"]["change"] == 1 and caps["hoverProvider"] and caps["definitionProvider"]
          and caps["referencesProvider"] and caps["renameProvider"] and caps["documentFormattingProvider"]
          and caps["documentSymbolProvider"] and "." in caps["completionProvider"]["triggerCharacters"]
          and caps["semanticTokensProvider"]["full"], "initialize advertises the capabilities")
    c.notify("initialized", {})
    r = c.request("initialize", {"capabilities": {}})
    check(r.get("error", {}).get("code") == -32600, "a second initialize is refused")

    # Open both; the clean texts have no errors (the policy has lint warnings).
    c.notify("textDocument/didOpen", {"textDocument": {"uri": policy_uri, "languageId": "redline", "version": 1,
                                                       "text": policy_text}})
    diags = c.diagnostics(policy_uri, 1)
    check(not [d for d in diags if d["severity"] == 1], "the policy opens without errors")
    check(all(d["source"] == "redline" and d["code"] for d in diags), "every diagnostic has a source and a code")
    warnings = [d for d in diags if d["severity"] == 2]
    check(len(warnings) == 5 and any("relatedInformation" in d or "note" in d["message"] for d in warnings)
          and any(d["code"] == "deadline" for d in warnings),
          "the policy's five lint warnings (G1.7's four, G8.41's deadline), with their notes")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": mod_uri, "languageId": "redline", "version": 1,
                                                       "text": mod_text}})
    diags = c.diagnostics(mod_uri, 1)
    check(not [d for d in diags if d["severity"] == 1], "SECMP0044 opens without errors, checked against the policy")

    # An injected error: its exact range (0-based line, UTF-16 columns) and code.
    broken = policy_text.replace("premises_counted(p) > large_threshold", "premises_counted(p) > large_treshold")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 2},
                                        "contentChanges": [{"text": broken}]})
    diags = [d for d in c.diagnostics(policy_uri, 2) if d["severity"] == 1]
    line, col = line_of(broken, "large_treshold")
    check(len(diags) == 1 and diags[0]["code"] == "unknown-name"
          and diags[0]["range"] == {"start": pos(line, col), "end": pos(line, col + len("large_treshold"))},
          f"the injected error at {line}:{col}, code unknown-name: {diags}")
    check(len(diags) == 1 and "large_threshold" in json.dumps(diags[0]), "its note suggests the right name")
    # The same error after a non-ASCII comment on its line: columns count UTF-16 code units.
    astral = broken.replace("  = premises_counted(p) > large_treshold;",
                            "  = /* é𝄞 */ premises_counted(p) > large_treshold;")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 3},
                                        "contentChanges": [{"text": astral}]})
    diags = [d for d in c.diagnostics(policy_uri, 3) if d["severity"] == 1]
    check(len(diags) == 1 and diags[0]["range"]["start"] == pos(line, col + len(" /* é𝄞 */") + 1),
          f"UTF-16 columns after an astral character: {diags and diags[0]['range']}")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 4},
                                        "contentChanges": [{"text": policy_text}]})
    diags = c.diagnostics(policy_uri, 4)
    check(not [d for d in diags if d["severity"] == 1], "the fix clears the error")
    c.drain_diagnostics()

    # A burst of keystrokes (five changes sent at once, the last one broken) is checked once, at
    # its end: one publication, for the last version, with the last text's error.
    burst = b""
    for v in range(20, 25):
        text = broken if v == 24 else policy_text.replace("premises", "premises" + " " * (v - 20), 1)
        body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange",
                           "params": {"textDocument": {"uri": policy_uri, "version": v},
                                      "contentChanges": [{"text": text}]}}).encode()
        burst += b"Content-Length: %d\r\n\r\n" % len(body) + body
    c.raw(burst)
    published = []
    while not published or published[-1]["version"] != 24:
        m = c.next_message()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == policy_uri:
            published.append(m["params"])
        elif "method" in m:
            c.notifications.append(m)
    check([p["version"] for p in published] == [24], f"one publication for the burst: {[p['version'] for p in published]}")
    check([d["code"] for d in published[-1]["diagnostics"] if d["severity"] == 1] == ["unknown-name"],
          "the publication is the last text's")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 25},
                                        "contentChanges": [{"text": policy_text}]})
    check(not [d for d in c.diagnostics(policy_uri, 25) if d["severity"] == 1], "and the fix after it clears it")
    c.drain_diagnostics()

    # Hover on premises_counted in the policy: signature, clause, note, and the amendment.
    dl, dc = line_of(policy_text, "rule premises_counted")
    dc += len("rule ")
    r = c.request("textDocument/hover", {"textDocument": {"uri": policy_uri}, "position": pos(dl, dc + 3)})
    value = r["result"]["contents"]["value"]
    check("[G8.49]" in value and "premises_counted(p: Party): int" in value and "SECMP0044" in value
          and "before SECMP0044" in value, "hover on premises_counted: signature, [G8.49], note, amended by SECMP0044")
    pl, pc = line_of(policy_text, "large_threshold: int")
    r = c.request("textDocument/hover", {"textDocument": {"uri": policy_uri}, "position": pos(pl, pc)})
    check("250000" in r["result"]["contents"]["value"].replace("_", ""), "hover on a parameter shows its value")

    # Definition from SECMP0044's `replace rule premises_counted` lands on the policy's rule.
    ml, mc = line_of(mod_text, "replace rule premises_counted")
    mc += len("replace rule ")
    r = c.request("textDocument/definition", {"textDocument": {"uri": mod_uri}, "position": pos(ml, mc + 1)})
    check(r["result"] == {"uri": policy_uri, "range": {"start": pos(dl, dc), "end": pos(dl, dc + 16)}},
          f"definition from SECMP0044 lands on the policy's rule: {r['result']}")

    # A modification that brings in a new input: `insert field` is checked against the policy,
    # its entity's name leads to the policy's entity, and a use of the new field to the insertion.
    reform_path = os.path.join(tmp, "staff_reform.policy")
    reform_text = ("modification staff_reform \"Staff count too\" [SR] amends sec_section_g;\n\n"
                   "insert field Party.staff: int check >= 0 [SR1];\n\n"
                   "replace rule is_large(p: Party): bool [G8.49] = premises_counted(p) + p.staff > large_threshold;\n")
    with open(reform_path, "w") as f:
        f.write(reform_text)
    reform_uri = uri(reform_path)
    c.notify("textDocument/didOpen", {"textDocument": {"uri": reform_uri, "languageId": "redline", "version": 1,
                                                       "text": reform_text}})
    check(not [d for d in c.diagnostics(reform_uri, 1) if d["severity"] == 1], "a modification inserting a field opens without errors")
    el, ec = line_of(policy_text, "entity Party")
    ec += len("entity ")
    fl, fc = line_of(reform_text, "insert field Party")
    fc += len("insert field ")
    r = c.request("textDocument/definition", {"textDocument": {"uri": reform_uri}, "position": pos(fl, fc + 1)})
    check(r["result"] == {"uri": policy_uri, "range": {"start": pos(el, ec), "end": pos(el, ec + len("Party"))}},
          f"definition of the entity an inserted field amends lands on the policy's entity: {r['result']}")
    sl, sc = line_of(reform_text, "p.staff")
    r = c.request("textDocument/definition", {"textDocument": {"uri": reform_uri}, "position": pos(sl, sc + 3)})
    dl2, dc2 = line_of(reform_text, "staff: int")
    check(r["result"] == {"uri": reform_uri, "range": {"start": pos(dl2, dc2), "end": pos(dl2, dc2 + len("staff"))}},
          f"definition of the new field lands on its insertion: {r['result']}")
    c.notify("textDocument/didClose", {"textDocument": {"uri": reform_uri}})
    os.remove(reform_path)  # the counts of references and renames below are of the three files

    # References across both files.
    r = c.request("textDocument/references", {"textDocument": {"uri": policy_uri}, "position": pos(dl, dc),
                                              "context": {"includeDeclaration": True}})
    refs = r["result"]
    check({x["uri"] for x in refs} == {policy_uri, mod_uri, tests_uri}
          and len(refs) == 3 + tests_text.count("premises_counted"),
          f"references of premises_counted in the policy, SECMP0044 and the tests beside them ({len(refs)})")

    # Rename across both files; then a colliding name is refused.
    r = c.request("textDocument/rename", {"textDocument": {"uri": mod_uri}, "position": pos(ml, mc),
                                          "newName": "counted_premises"})
    changes = r["result"]["changes"]
    check(set(changes) == {policy_uri, mod_uri, tests_uri}, "rename edits the policy, SECMP0044 and the tests")
    new_policy = apply_edits(policy_text, changes.get(policy_uri, []))
    new_mod = apply_edits(mod_text, changes.get(mod_uri, []))
    new_tests = apply_edits(tests_text, changes.get(tests_uri, []))
    check(new_policy == policy_text.replace("premises_counted", "counted_premises")
          and new_mod == mod_text.replace("premises_counted", "counted_premises")
          and new_tests == tests_text.replace("premises_counted", "counted_premises"),
          "the renamed texts are the texts with every premises_counted renamed")
    # The renamed texts still check cleanly together.
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 5},
                                        "contentChanges": [{"text": new_policy}]})
    c.notify("textDocument/didChange", {"textDocument": {"uri": mod_uri, "version": 2},
                                        "contentChanges": [{"text": new_mod}]})
    diags = c.diagnostics(mod_uri, 2)
    check(not [d for d in diags if d["severity"] == 1], "the renamed modification checks against the renamed policy")
    for u, t, v in ((policy_uri, policy_text, 6), (mod_uri, mod_text, 3)):
        c.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": v}, "contentChanges": [{"text": t}]})
    c.drain_diagnostics()
    r = c.request("textDocument/rename", {"textDocument": {"uri": policy_uri}, "position": pos(dl, dc),
                                          "newName": "is_large"})
    check("error" in r and "is_large" in r["error"]["message"], "a rename onto an existing rule is refused")
    fl, fc = line_of(policy_text, "domestic_premises: int")
    r = c.request("textDocument/rename", {"textDocument": {"uri": policy_uri}, "position": pos(fl, fc),
                                          "newName": "roles"})
    check("error" in r, "a rename onto another field of the entity is refused")

    # Completion after `p.`: the entity's fields.
    cl, cc = line_of(policy_text, "= p.roles")
    r = c.request("textDocument/completion", {"textDocument": {"uri": policy_uri}, "position": pos(cl, cc + 4)})
    labels = {i["label"] for i in r["result"]["items"]}
    check({"id", "name", "category", "roles", "domestic_premises", "shared_resource"} <= labels
          and "is_large" not in labels, "completion after p. lists Party's fields")
    # Where an enum is expected: after `p.category ==`, Category's members.
    enum_text = policy_text.replace("  = p.roles != {};", "  = p.category == ")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 10},
                                        "contentChanges": [{"text": enum_text}]})
    el, ec = line_of(enum_text, "= p.category == ")
    r = c.request("textDocument/completion", {"textDocument": {"uri": policy_uri},
                                              "position": pos(el, ec + len("= p.category == "))})
    labels = [i["label"] for i in r["result"]["items"]]
    check(labels == ["supplier", "network", "other"], f"completion after p.category == lists Category's members: {labels}")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 11},
                                        "contentChanges": [{"text": policy_text}]})
    c.drain_diagnostics()
    r = c.request("textDocument/completion", {"textDocument": {"uri": policy_uri}, "position": pos(cl, 0)})
    labels = {i["label"] for i in r["result"]["items"]}
    check({"premises_counted", "large_threshold", "rule", "exception", "table"} <= labels,
          "completion elsewhere: names, keywords and snippets")

    # Formatting: a messy buffer gets the canonical text back; a broken one is refused.
    messy = policy_text.replace("param large_threshold: int [G8.49] = 250_000;",
                                "param   large_threshold:int [G8.49]=250_000;")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 7},
                                        "contentChanges": [{"text": messy}]})
    r = c.request("textDocument/formatting", {"textDocument": {"uri": policy_uri},
                                              "options": {"tabSize": 2, "insertSpaces": True}})
    check(isinstance(r.get("result"), list) and len(r["result"]) == 1
          and apply_edits(messy, r["result"]) == policy_text, "formatting restores the canonical text")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 8},
                                        "contentChanges": [{"text": policy_text + "\nrule ("}]})
    r = c.request("textDocument/formatting", {"textDocument": {"uri": policy_uri},
                                              "options": {"tabSize": 2, "insertSpaces": True}})
    check("error" in r, "formatting text that does not parse is refused")
    c.notify("textDocument/didChange", {"textDocument": {"uri": policy_uri, "version": 9},
                                        "contentChanges": [{"text": policy_text}]})
    c.drain_diagnostics()

    # Outline and semantic tokens.
    r = c.request("textDocument/documentSymbol", {"textDocument": {"uri": policy_uri}})
    symbols = {s["name"]: s for s in r["result"]}
    check("premises_counted" in symbols and "Party" in symbols
          and "domestic_premises" in {ch["name"] for ch in symbols["Party"].get("children", [])},
          "document symbols: rules, entities with their fields")
    check(symbols["premises_counted"]["selectionRange"] == {"start": pos(dl, dc), "end": pos(dl, dc + 16)},
          "a symbol's selection range is its name")
    r = c.request("textDocument/semanticTokens/full", {"textDocument": {"uri": policy_uri}})
    data = r["result"]["data"]
    legend = caps["semanticTokensProvider"]["legend"]["tokenTypes"]
    tokens, line, col = {}, 0, 0
    for i in range(0, len(data), 5):
        dline, dcol, length, typ, mods = data[i:i + 5]
        line, col = line + dline, (col + dcol if dline == 0 else dcol)
        tokens[(line, col)] = (length, legend[typ], mods)
    check(len(data) % 5 == 0 and tokens.get((dl, dc)) == (16, "function", 1),
          "semantic tokens: premises_counted's declaration is a function, declared there")

    # Code lenses from example data named in redline.toml beside the policy.
    r = c.request("textDocument/codeLens", {"textDocument": {"uri": policy_uri}})
    check(r["result"] == [], "no redline.toml: no code lens")
    with open(os.path.join(tmp, "redline.toml"), "w") as f:
        f.write('# example data\n[data]\nParty = "%s"  # the SEC register\n'
                % os.path.join(SOURCE, "examples/sec/parties.csv"))
    r = c.request("textDocument/codeLens", {"textDocument": {"uri": policy_uri}})
    al, ac = line_of(policy_text, "rule assessment(")
    ac += len("rule ")
    lenses = {(x["range"]["start"]["line"], x["range"]["start"]["character"]): x["command"]["title"] for x in r["result"]}
    check(lenses.get((al, ac)) == "on parties.csv: Full 30 · Verification 13 · Self 9 · None 8",
          f"a code lens counts assessment's values on the example data: {lenses.get((al, ac))}")
    r = c.request("textDocument/codeLens", {"textDocument": {"uri": mod_uri}})
    titles = [x["command"]["title"] for x in r["result"]]
    check(titles == ["on parties.csv: changes 28 of 60 Party entities",
                     "on parties.csv: moves 42 values of 28 Party entities "
                     "(premises_counted 28, assessment 11, provider_assessments 3)",
                     "on parties.csv: moves 3 values of 3 Party entities (assessment 3)",
                     "on parties.csv: moves 3 values of 3 Party entities (provider_assessments 3)"],
          f"code lenses on SECMP0044: what it changes, and each operation, as diff counts them: {titles}")
    op_lines = [x["range"]["start"]["line"] for x in r["result"]][1:]
    check(op_lines == [line_of(mod_text, op)[0] for op in ("replace rule premises_counted", "insert exception",
                                                         "replace rule provider_assessments")],
          "each operation's lens is on its line")

    # Robustness: unknown methods, bad positions, a bad header, params of the wrong shape.
    r = c.request("textDocument/unknownThing", {})
    check(r.get("error", {}).get("code") == -32601, "an unknown method: -32601")
    r = c.request("textDocument/hover", {"textDocument": {"uri": policy_uri}, "position": pos(100000, 100000)})
    check("result" in r, "a position past the end is answered")
    r = c.request("textDocument/hover", {"textDocument": {"uri": policy_uri}, "position": "here"})
    check(r.get("error", {}).get("code") == -32602, "params of the wrong shape: -32602")
    r = c.request("textDocument/hover", {"textDocument": {"uri": uri(tmp + "/none.policy")}, "position": pos(0, 0)})
    check("error" in r, "a request on a document that is not open is refused")
    c.raw(b"Content-Length: x\r\n\r\n")
    m = c.next_message()
    check(m.get("error", {}).get("code") == -32700, "a malformed header is reported")
    c.send([1, 2, 3])
    m = c.next_message()
    check(m.get("error", {}).get("code") == -32600, "a batch (not an object) is an invalid request")

    # Shutdown, then exit: code 0.
    r = c.request("shutdown")
    check("result" in r and r["result"] is None, "shutdown answers null")
    r = c.request("textDocument/hover", {"textDocument": {"uri": policy_uri}, "position": pos(0, 0)})
    check(r.get("error", {}).get("code") == -32600, "a request after shutdown is refused")
    c.notify("exit", None)
    code = c.proc.wait(timeout=WAIT)
    check(code == 0, f"exit after shutdown: exit code 0 (got {code})")

    # A modification opened alone is checked against the policy beside it, on disk; then exit
    # without shutdown: code 1.
    c2 = Client()
    c2.request("initialize", {"capabilities": {}})
    broken_mod = mod_text.replace("then shared_resource_premises(p)", "then shared_resource_premise(p)")
    c2.notify("textDocument/didOpen", {"textDocument": {"uri": mod_uri, "languageId": "redline", "version": 1,
                                                        "text": broken_mod}})
    diags = [d for d in c2.diagnostics(mod_uri, 1) if d["severity"] == 1]
    line, col = line_of(broken_mod, "shared_resource_premise(p)")
    check(len(diags) == 1 and diags[0]["code"] == "unknown-name"
          and diags[0]["range"] == {"start": pos(line, col), "end": pos(line, col + len("shared_resource_premise"))},
          f"SECMP0044 alone, checked against the policy beside it: the injected error at {line}:{col}: {diags}")
    c2.notify("exit", None)
    code = c2.proc.wait(timeout=WAIT)
    check(code == 1, f"exit without shutdown: exit code 1 (got {code})")


if __name__ == "__main__":
    main()
