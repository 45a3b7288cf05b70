"""Version-of-package families of session 42.

torch-too-new-for-code:
- layer_is_causal: torch 2.0+'s nn.TransformerEncoder / nn.TransformerDecoder pass is_causal (tgt_is_causal,
  memory_is_causal) to every layer, and a project's own layer class written for torch 1.x refuses it
  ("forward() got an unexpected keyword argument 'is_causal'"); a class-qualified forward counts only beside torch's
  transformer.py frame (torch_transformer_frame), and torch's own MultiheadAttention.forward refusing it is torch too
  old (mha_is_causal keeps the rule quiet).

Each line is verbatim from the source named."""
from __future__ import annotations

RULE = "torch-too-new-for-code"

FIRES = [
    # https://github.com/gzerveas/mvts_transformer/issues/68 (title; "adding **kwargs to the forward() function in the
    # TransformerBatchNormEncoderLayer class" solved it)
    ("layer_is_causal", "TypeError: forward() got an unexpected keyword argument 'is_causal'", "gzerveas/mvts_transformer#68"),
    # https://github.com/xuhongzuo/DeepOD/pull/43 (the maintainer's words)
    ("layer_is_causal", "`forward() got an unexpected keyword argument 'is_causal'` in Transformer. ", "xuhongzuo/DeepOD#43"),
    # https://github.com/gzerveas/mvts_transformer/issues/48 (torch 2.0's encoder passing is_causal to the project's layer)
    ("torch_transformer_frame",
     "    output = mod(output, src_mask=mask, is_causal=is_causal, src_key_padding_mask=src_key_padding_mask_for_layers)",
     "gzerveas/mvts_transformer#48"),
    ("torch_transformer_frame",
     '  File "/usr/local/lib/python3.9/dist-packages/torch/nn/modules/transformer.py", line 306, in forward',
     "gzerveas/mvts_transformer#48"),
    # https://github.com/bkitano/llama-from-scratch/issues/1 (torch's own MultiheadAttention: the reverse, kept quiet)
    ("mha_is_causal", "TypeError: MultiheadAttention.forward() got an unexpected keyword argument 'is_causal'",
     "bkitano/llama-from-scratch#1"),
    ("layer_is_causal_class", "TypeError: MultiheadAttention.forward() got an unexpected keyword argument 'is_causal'",
     "bkitano/llama-from-scratch#1"),
]

QUIET = [
    # another keyword refused by another library (torchtext)
    ("layer_is_causal", "`TypeError: load_vectors() got an unexpected keyword argument 'unk_init'`.", "Pinafore/qb#89"),
    # a bare forward() refusing is_causal is not class-qualified
    ("layer_is_causal_class", "TypeError: forward() got an unexpected keyword argument 'is_causal'", "gzerveas/mvts_transformer#68"),
    # a copied torch 2.0 layer body on torch 1.13.1 (the reverse): not torch's encoder frame
    ("torch_transformer_frame",
     "        x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask, is_causal=is_causal)",
     "dmMaze/BallonsTranslator#371"),
]
