/** What the command line takes, shown on `--help` and after any misuse. */
export const USAGE = `Usage: npm run map -- check [--json] [--max-bytes N] [file or folder ...]
       npm run map -- audit FILE [--json] [--threshold J] [--remove ID[,ID...]] [--max-bytes N]
       npm run map -- export FILE --format graphml|gexf|csv|json [--out PATH] [--max-bytes N]
       npm run map -- import ELEMENTS.csv CONNECTIONS.csv [--out FILE] [--max-bytes N]
       npm run map -- import FILE.gexf|FILE.graphml [--format gexf|graphml] [--out FILE]
       npm run map -- report FILE [--out PATH] [--json] [--threshold J] [--max-bytes N]

  check   Check locality maps and report tables. With no files, checks every
          .yaml file under maps/. Files in a folder named "report" are read
          as report tables; every other file as a locality map.
  audit   Audit one map: hubs, overlapping meetings, gaps and single points
          of failure, in plain words, or as one JSON object with --json.
  export  Write one map as GraphML or GEXF (for Gephi and Cytoscape, with the
          layered layout's positions), as two CSV sheets (elements and
          connections: --out a .zip file, or a folder) or as JSON (the model).
          To stdout, or to --out.
  import  Make a map from the two CSV sheets that export writes, or from
          one GEXF or GraphML file it writes: the YAML on stdout, or in
          --out. Every fault is listed on stderr, as file:line:column, and
          no map is written.
  report  The printable audit report of one map, as Markdown (for a wiki
          or a board paper): the counts, every finding with the report's
          principle, the meeting load and the questions for the group.

Options:
  --json          check: print the errors as one JSON document on stdout
                  audit, report: print exactly one JSON object on stdout
  --out PATH      report, export, import: write to this file, not to stdout
                  (export --format csv: a .zip file, or a folder for both sheets)
  --max-bytes N   refuse files larger than N bytes (default 10485760, 10 MB;
                  at most 104857600, 100 MB)
  --threshold J   audit, report: least share of members two groups must have in
                  common to count as overlapping, 0 to 1 (default 0.5)
  --remove IDS    audit: first take these items out (what if they went?)
  --format F      export: graphml, gexf, csv or json (or from --out's ending)
                  import: gexf or graphml (or from the file's ending)
  --              the arguments after it are files, even if they begin with -
  -h, --help      show this help

Exit status: 0 when every file is valid, 1 when any has errors, 2 when the
command is misused, a path is not a file that can be read, or the checker
itself failed.`;

/** A command given what it cannot take: the message, then the usage, and exit status 2. */
export class UsageError extends Error {}
