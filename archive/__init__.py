"""Wiredesk at archive scale: `wiredesk stories` over millions of documents on Dask distributed.

The same stories as `wiredesk stories` on the same documents (same members, canonical copies,
related stories and titles), computed as a batch job a cluster can spread out:

    partitions of JSONL  --map-->  sketch tables (`wiredesk sketch --binary`: numpy arrays on disk)
    exact copies         --shuffle on the letters' hash-->  one representative a text
    LSH band keys        --shuffle on the key-->  the candidates the Desk's index would offer
    candidate pairs      --join on the article-->  verified duplicates (the Desk's thresholds)
    duplicates           --connected components-->  stories (the Desk's clustering)
    stories              --`wiredesk canonical`, `wiredesk related`-->  JSONL out

Every decision is the Desk's own: the fingerprints, band keys, canonical choice and related
stories come from the native core; this package only replays the Desk's bookkeeping (which
candidates it verifies, which pairs it links, in which order it clusters) over records. Modules:
`inputs` (partitions), `native` (the core's commands), `records` (the sketch tables),
`candidates`, `verify`, `stories`, `pipeline` (the Dask graph) and `__main__` (the command line).
"""
