#!/usr/bin/env python3
"""The studio's JSON API over a real socket (docs/studio.md): every endpoint, the answers the
command line gives for the same question, and every refusal (bad JSON, oversized bodies, other
origins and hosts, paths outside the workspace).
Usage: api_test.py REDLINE SOURCE_DIR"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
import urllib.error
import urllib.request

REDLINE, SRC = sys.argv[1], sys.argv[2]
POLICY = os.path.join(SRC, "policies/sec/section_g.policy")
AMENDMENT = os.path.join(SRC, "policies/sec/SECMP0044.policy")
DATA = os.path.join(SRC, "examples/sec/parties.csv")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


TEXT = read(AMENDMENT)


class Studio:
    """A `redline studio` on a free loopback port, stopped with SIGINT."""

    def __init__(self, *extra, workspace):
        self.proc = subprocess.Popen(
            [REDLINE, "studio", POLICY, "--data", f"Party={DATA}", "--workspace", workspace, "--port", "0",
             "--as-of", "2024-01-01", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("redline studio: http://"):
            self.proc.kill()
            raise RuntimeError(f"the studio did not start: {line!r}")
        self.url = line.split(": ", 1)[1].strip()
        self.host = self.url.split("/")[2]

    def stop(self):
        self.proc.send_signal(2)
        code = self.proc.wait(timeout=30)
        self.proc.stdout.close()
        if code != 0:
            raise RuntimeError(f"the studio exited {code} on SIGINT")

    def request(self, method, path, body=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.url.rstrip("/") + path, data=data, method=method)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def json(self, method, path, body=None, **kw):
        status, headers, data = self.request(method, path, body, **kw)
        return status, json.loads(data)


def cli_changes():
    out = subprocess.run([REDLINE, "diff", POLICY, "--amend", AMENDMENT, "--data", f"Party={DATA}", "--as-of",
                          "2024-01-01", "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


class Api(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.workspace = os.path.join(cls.tmp.name, "drafts")
        os.mkdir(cls.workspace)
        cls.studio = Studio("--body-limit-kb", "64", workspace=cls.workspace)

    @classmethod
    def tearDownClass(cls):
        cls.studio.stop()
        cls.tmp.cleanup()

    def diff(self, text, **kw):
        return self.studio.json("POST", "/api/diff", {"amendments": [{"name": "draft.policy", "text": text}], **kw})

    # --- the endpoints --------------------------------------------------------------------
    def test_policy(self):
        status, p = self.studio.json("GET", "/api/policy")
        self.assertEqual(status, 200)
        self.assertEqual(p["policy"]["name"], "sec_section_g")
        self.assertEqual(p["policy"]["source"], read(POLICY))
        self.assertEqual(p["data"], [{"entity": "Party", "rows": 60, "source": DATA}])
        self.assertEqual(p["as_of"], "2024-01-01")
        rules = {o["name"]: o for o in p["outline"]}
        self.assertEqual(rules["premises_counted"]["citation"], "G8.49")
        lines = read(POLICY).split("\n")
        line = rules["premises_counted"]["line"]
        self.assertIn("premises_counted", lines[line - 1])
        self.assertGreaterEqual(rules["premises_counted"]["end_line"], line)
        self.assertEqual(p["amendments"], [])

    def test_page(self):
        status, headers, body = self.studio.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertIn("text/html", headers["Content-Type"])
        self.assertIn("default-src 'self'", headers["Content-Security-Policy"])
        self.assertIn(b"app.js", body)
        for asset in ("/app.js", "/app.css"):
            self.assertEqual(self.studio.request("GET", asset)[0], 200)
        self.assertEqual(self.studio.request("GET", "/nothing.js")[0], 404)
        self.assertEqual(self.studio.request("GET", "/api/nothing")[0], 404)
        self.assertEqual(self.studio.request("GET", "/api/diff")[0], 405)

    def test_diff_equals_the_command_line(self):
        status, d = self.diff(TEXT)
        self.assertEqual(status, 200, d)
        self.assertEqual((d["changed_entities"], d["entities"]), (28, 60))
        cli = cli_changes()
        self.assertEqual(d["changes_total"], len(cli["changes"]))
        self.assertEqual(d["changes"], cli["changes"])  # reasons included, typed
        for key in ("outputs", "reasons", "attribution", "law_changes", "amendments"):
            self.assertEqual(d[key], cli[key], key)
        self.assertGreater(d["rules_reused"], 0)
        # A page of them: the counts still cover all.
        status, page = self.diff(TEXT, max_changes=5)
        self.assertEqual((status, page["changes_shown"], page["changes_total"]), (200, 5, len(cli["changes"])))
        self.assertEqual(page["changes"], cli["changes"][:5])
        self.assertEqual(page["reasons"], cli["reasons"])
        for bad in (-1, 5001, "5", 1.5):
            self.assertEqual(self.diff(TEXT, max_changes=bad)[0], 400, bad)
        # The next draft differs in one clause: only what it changes is evaluated.
        status, again = self.diff(TEXT.replace("then 1 else 0", "then 2 else 0"))
        self.assertEqual(status, 200)
        self.assertEqual(again["changed_entities"], 28)
        self.assertEqual([c for c in again["changes"] if c["output"] == "provider_assessments"][0]["after"], "2")

    def test_no_amendment_changes_nothing(self):
        status, d = self.studio.json("POST", "/api/diff", {"amendments": [{"name": "empty.policy", "text": "  \n"}]})
        self.assertEqual(status, 200)
        self.assertEqual((d["changed_entities"], d["changes_total"], d["changes"]), (0, 0, []))

    def test_diff_as_of_before_the_amendment(self):
        status, d = self.diff(TEXT, as_of="2018-01-01")
        self.assertEqual(status, 200, d)
        self.assertEqual(d["changed_entities"], 0)
        self.assertEqual([a["name"] for a in d["not_in_force"]], ["SECMP0044"])
        self.assertEqual(self.diff(TEXT, as_of="2018-13-01")[0], 400)

    def test_diff_of_a_draft_that_does_not_compile(self):
        status, d = self.diff(TEXT.replace("(p: Party): int [G8.49]", "(p Party): int [G8.49]"))
        self.assertEqual(status, 422)
        [diag] = d["error"]["diagnostics"]
        self.assertEqual((diag["file"], diag["severity"], diag["line"]), ("draft.policy", "error", 11))
        self.assertEqual(diag["range"]["start"]["line"], 10)
        self.assertIn("expected ':'", diag["message"])

    def test_check(self):
        status, d = self.studio.json("POST", "/api/check", {"name": "draft.policy", "text": TEXT})
        self.assertEqual(status, 200)
        self.assertEqual([x for x in d["diagnostics"] if x["severity"] == "error"], [])
        broken = TEXT.replace("then 1 else 0", "then 1 els 0")
        status, d = self.studio.json("POST", "/api/check", {"name": "draft.policy", "text": broken})
        self.assertEqual(status, 200)
        first = d["diagnostics"][0]
        self.assertEqual((first["severity"], first["file"], first["line"]), ("error", "draft.policy", 22))
        col = broken.split("\n")[21].index("els")
        # The range is in UTF-16 units from the line's start (ASCII here: bytes).
        self.assertLessEqual(first["range"]["start"]["character"], col + 4)
        # A name with non-ASCII text before the error: the range counts UTF-16 units.
        status, d = self.studio.json("POST", "/api/check", {"name": "draft.policy",
                                                             "text": 'modification X "é—𝄞" [X] amends sec_section_g effective 2020-01-01;\nrepeal rule nope [X];\n'})
        self.assertEqual(status, 200)
        self.assertTrue(d["diagnostics"], d)

    def test_explain(self):
        status, d = self.studio.json("POST", "/api/explain", {"amendments": [{"name": "draft.policy", "text": TEXT}],
                                                               "id": "P017", "output": "assessment"})
        self.assertEqual(status, 200, d)
        self.assertIn("G8.49", json.dumps(d["after"]))
        self.assertIn("SECMP0044", json.dumps(d["after"]))
        # Steps in the draft are placed by its name, not by where the studio keeps it.
        self.assertIn('"where": "draft.policy:', json.dumps(d["after"]))
        self.assertNotIn(self.workspace, json.dumps(d["after"]))
        self.assertNotIn("amended_by", json.dumps(d["before"]))
        cli = json.loads(subprocess.run([REDLINE, "explain", POLICY, "--data", f"Party={DATA}", "--as-of", "2024-01-01",
                                         "--id", "P017", "--output", "assessment", "--format", "json"],
                                        check=True, capture_output=True, text=True).stdout)
        self.assertEqual(d["before"], cli)
        status, d = self.studio.json("POST", "/api/explain", {"id": "P017x", "output": "assessment"})
        self.assertEqual(status, 400)
        self.assertIn("did you mean 'P017'", d["error"]["message"])
        status, d = self.studio.json("POST", "/api/explain", {"id": "P017", "output": "asessment"})
        self.assertEqual(status, 400)
        self.assertIn("did you mean 'assessment'", d["error"]["message"])

    def test_report(self):
        status, headers, body = self.studio.request("POST", "/api/report",
                                                    {"amendments": [{"name": "draft.policy", "text": TEXT}]})
        self.assertEqual(status, 200)
        self.assertIn("text/html", headers["Content-Type"])
        self.assertIn('attachment; filename="draft-impact.html"', headers["Content-Disposition"])
        self.assertIn(b"SECMP0044", body)

    # --- saving ---------------------------------------------------------------------------
    def test_save(self):
        status, d = self.studio.json("POST", "/api/save", {"name": "mine.policy", "text": TEXT})
        self.assertEqual(status, 200, d)
        path = os.path.join(self.workspace, "mine.policy")
        self.assertEqual(read(path), TEXT)
        os.chmod(path, 0o600)
        self.assertEqual(self.studio.json("POST", "/api/save", {"name": "mine.policy", "text": "x"})[0], 200)
        self.assertEqual(oct(os.stat(path).st_mode & 0o777), oct(0o600))
        self.assertEqual(sorted(os.listdir(self.workspace)), ["mine.policy"])  # no temporary left

    def test_save_refuses_paths_outside_the_workspace(self):
        outside = os.path.join(self.tmp.name, "outside.policy")
        with open(outside, "w") as f:
            f.write("keep")
        os.symlink(outside, os.path.join(self.workspace, "link.policy"))
        os.mkdir(os.path.join(self.workspace, "folder"))
        try:
            for name in ("../outside.policy", "folder/x.policy", "/tmp/x.policy", "..", ".hidden", "link.policy",
                         "folder", "a\\b", "x\u00e9.policy", ""):
                status, d = self.studio.json("POST", "/api/save", {"name": name, "text": "evil"})
                self.assertIn(status, (400, 403), name)
                self.assertIn("message", d["error"])
            self.assertEqual(read(outside), "keep")
            self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "x.policy")))
        finally:
            os.unlink(os.path.join(self.workspace, "link.policy"))
            os.rmdir(os.path.join(self.workspace, "folder"))

    # --- refusals -------------------------------------------------------------------------
    def test_bad_bodies(self):
        for raw, status in ((b"{not json", 400), (b"[1, 2]", 400), (b"\"text\"", 400), (b"[" * 100000 + b"]" * 100000, 413),
                            (b"{\"a\":" + b"[" * 200 + b"]" * 200 + b"}", 400)):
            code, headers, body = self.studio.request("POST", "/api/diff", raw=raw)
            self.assertEqual(code, status, raw[:20])
            self.assertIn("message", json.loads(body)["error"])
        self.assertEqual(self.studio.json("POST", "/api/diff", {"amendments": "x"})[0], 400)
        self.assertEqual(self.studio.json("POST", "/api/diff", {"amendments": [{"name": "a.policy"}]})[0], 400)
        self.assertEqual(self.studio.json("POST", "/api/diff", {"amendments": [{"name": 1, "text": ""}]})[0], 400)
        self.assertEqual(self.studio.json("POST", "/api/explain", {"output": "assessment"})[0], 400)
        self.assertEqual(self.studio.json("POST", "/api/check", {"text": 5})[0], 400)

    def test_oversized_body(self):
        code, headers, body = self.studio.request("POST", "/api/check", raw=json.dumps({"text": "x" * 70000}).encode())
        self.assertEqual(code, 413)
        self.assertIn("message", json.loads(body)["error"])

    def test_other_origins_and_hosts_are_refused(self):
        same = f"http://{self.studio.host}"
        self.assertEqual(self.studio.request("GET", "/api/policy", headers={"Origin": same})[0], 200)
        for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Host": "evil.example"},
                        {"Host": f"evil.example:{self.studio.host.split(':')[1]}"}, {"Sec-Fetch-Site": "cross-site"},
                        {"Origin": same + ".evil.example"}):
            for method, path, body in (("GET", "/api/policy", None), ("POST", "/api/diff", {"amendments": []}),
                                       ("POST", "/api/save", {"name": "evil.policy", "text": "x"})):
                code, _, data = self.studio.request(method, path, body, headers=headers)
                self.assertEqual(code, 403, (headers, path))
        self.assertFalse(os.path.exists(os.path.join(self.workspace, "evil.policy")))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
