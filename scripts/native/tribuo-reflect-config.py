#!/usr/bin/env python3
"""Writes the GraalVM reflection configuration for the Tribuo, OLCUT and protobuf classes that
segmentation-service reaches by reflection (OLCUT @Config fields and provenance, Tribuo's protobuf
model deserialisation by class name). Run after a Tribuo upgrade:
    python3 scripts/native/tribuo-reflect-config.py ~/.m2/repository > \
      segmentation-service/src/main/resources/META-INF/native-image/org.psychograph/segmentation-service/reflect-config.json
"""
import json, sys, zipfile, pathlib

repo = pathlib.Path(sys.argv[1]).expanduser()
jars = {
    "org/tribuo/tribuo-core/4.3.2/tribuo-core-4.3.2.jar": ("org/tribuo/",),
    "org/tribuo/tribuo-math/4.3.2/tribuo-math-4.3.2.jar": ("org/tribuo/math/la/", "org/tribuo/math/distance/", "org/tribuo/math/protos/"),
    "org/tribuo/tribuo-clustering-core/4.3.2/tribuo-clustering-core-4.3.2.jar": ("org/tribuo/clustering/",),
    "org/tribuo/tribuo-clustering-kmeans/4.3.2/tribuo-clustering-kmeans-4.3.2.jar": ("org/tribuo/clustering/kmeans/",),
    "com/oracle/labs/olcut/olcut-core/5.3.1/olcut-core-5.3.1.jar": ("com/oracle/labs/mlrg/olcut/provenance/", "com/oracle/labs/mlrg/olcut/config/protobuf/"),
    "com/oracle/labs/olcut/olcut-config-protobuf/5.3.1/olcut-config-protobuf-5.3.1.jar": ("com/oracle/labs/mlrg/olcut/config/protobuf/",),
}
skip = ("org/tribuo/data/", "org/tribuo/util/", "org/tribuo/interop/", "org/tribuo/json/")
entries = []
for jar, prefixes in jars.items():
    path = repo / jar
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if not name.endswith(".class") or "module-info" in name or "package-info" in name:
                continue
            if not name.startswith(prefixes) or name.startswith(skip):
                continue
            entries.append({"name": name[:-6].replace("/", "."), "allDeclaredConstructors": True,
                            "allDeclaredMethods": True, "allDeclaredFields": True})
json.dump(entries, sys.stdout, indent=1)
print()
