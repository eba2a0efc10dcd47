#!/usr/bin/env python3
"""Helpers of extension-lifecycle.sh (standard library only).

  p2-site-tools.py bump SITE OUT NEW_PREFIX
      Copies the p2 update site SITE to OUT with every bundle and feature version '1.0.0.Q' rewritten to
      'NEW_PREFIX.Q' (same qualifier): the jars' MANIFEST.MF and feature.xml, content and artifact metadata, file
      names, and the artifacts' sizes and checksums (p2 verifies them). The result is a genuinely newer release of the
      same extension, as its author would publish it.
  p2-site-tools.py serve DIR PORT_FILE [CERT KEY]
      Serves DIR on 127.0.0.1 (http, or https with CERT/KEY) on a free port, written to PORT_FILE.
"""
import hashlib
import http.server
import io
import lzma
import os
import re
import shutil
import ssl
import sys
import zipfile


def read_metadata(site, name):
    jar = os.path.join(site, name + ".jar")
    if os.path.exists(jar):
        with zipfile.ZipFile(jar) as z:
            return z.read(name + ".xml").decode()
    xz = os.path.join(site, name + ".xml.xz")
    if os.path.exists(xz):
        with lzma.open(xz) as f:
            return f.read().decode()
    with open(os.path.join(site, name + ".xml")) as f:
        return f.read()


def write_metadata(out, name, xml):
    for suffix in (".jar", ".xml.xz", ".xml"):
        path = os.path.join(out, name + suffix)
        if os.path.exists(path):
            os.remove(path)
    with zipfile.ZipFile(os.path.join(out, name + ".jar"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name + ".xml", xml)


def rewrite_jar(source, target, old, new):
    changed = False
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ("META-INF/MANIFEST.MF", "feature.xml") and old.encode() in data:
                data = data.replace(old.encode(), new.encode())
                changed = True
            zout.writestr(item, data)
    assert changed, f"{source} does not carry version {old} in its manifest or feature.xml"


def bump(site, out, new_prefix):
    bundles = [f for f in os.listdir(os.path.join(site, "plugins")) if f.endswith(".jar")]
    versions = {re.match(r".*_(\d+\.\d+\.\d+)\.([^_]+)\.jar$", f).groups() for f in bundles}
    assert len(versions) == 1, f"expected one bundle version on {site}, found {versions}"
    base, qualifier = versions.pop()
    old, new = f"{base}.{qualifier}", f"{new_prefix}.{qualifier}"
    assert tuple(map(int, new_prefix.split("."))) > tuple(map(int, base.split("."))), "not a newer version"
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for folder in ("plugins", "features"):
        os.makedirs(os.path.join(out, folder))
        for name in os.listdir(os.path.join(site, folder)):
            rewrite_jar(os.path.join(site, folder, name), os.path.join(out, folder, name.replace(old, new)), old, new)
    content = read_metadata(site, "content")
    assert old in content
    write_metadata(out, "content", content.replace(old, new))
    artifacts = read_metadata(site, "artifacts").replace(old, new)

    def fix(match):
        block = match.group(0)
        classifier, ident, version = match.group(1), match.group(2), match.group(3)
        folder = "plugins" if classifier == "osgi.bundle" else "features"
        with open(os.path.join(out, folder, f"{ident}_{version}.jar"), "rb") as f:
            data = f.read()
        for prop, value in (("artifact.size", str(len(data))), ("download.size", str(len(data)))):
            block = re.sub(rf"(name='{re.escape(prop)}' value=')[^']*'", rf"\g<1>{value}'", block)
        for algorithm in ("sha-512", "sha-256", "sha-1", "md5"):
            h = hashlib.new(algorithm.replace("sha-", "sha"))
            h.update(data)
            block = re.sub(rf"(name='download\.(?:checksum\.)?{algorithm}' value=')[^']*'", rf"\g<1>{h.hexdigest()}'",
                           block)
        return block

    artifacts = re.sub(r"<artifact classifier='([^']+)' id='([^']+)' version='([^']+)'>.*?</artifact>", fix,
                       artifacts, flags=re.S)
    write_metadata(out, "artifacts", artifacts)
    print(new)


def serve(directory, port_file, cert=None, key=None):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=directory, **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    if sys.argv[1] == "bump":
        bump(sys.argv[2], sys.argv[3], sys.argv[4])
    elif sys.argv[1] == "serve":
        serve(*sys.argv[2:])
    else:
        sys.exit(__doc__)
