/**
 * The map a new user starts from: valid as it stands, with one of each kind of item, and
 * comments that say what every key is for, so the file teaches its own format.
 */

/** The JSON Schema the bundled maps name, at the site's own address. */
export const SCHEMA_PATH = '/schema/locality-map.schema.json';

export const TEMPLATE_FILE_NAME = 'my-locality.yaml';

export const BLANK_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_PATH}
# A locality map: who works in the locality, the groups they meet in, and how they are
# linked. Lines starting with # are comments: they are kept, and you can delete them.
# Every id is lower case, with hyphens between words (like children-centre), and is used
# to refer to the item elsewhere in this file.

locality:
  id: my-locality            # a short id for the locality, the same in every snapshot
  name: My locality          # the name readers see
  kind: locality             # pilot, network (informal) or locality
  as_of: "2025-01"           # when the map is true: a year, or year-month, in quotes
  boundary: clear            # how clearly the locality is bounded: clear, unclear or contested
  summary: >-
    A few sentences about the locality, for readers.

# Agencies: the organisations and services. sector is one of education, social-care,
# health, mental-health, police, youth, voluntary, local-authority, ... (start typing for
# the list). tiers are the levels of need served: 1 universal, 2 additional, 3 complex, 4 acute.
agencies:
  - id: schools
    name: The locality's schools
    sector: education
    count: 6                 # how many establishments (optional)
  - id: social-care
    name: Social care
    sector: social-care
    tiers: [3, 4]

# Roles: posts (never named people), each employed by one of the agencies above.
roles:
  - id: link-worker
    name: Home School Link Worker
    agency: schools          # the id of the agency that employs the post
    funding: short-term      # core, or short-term project funding

# Groups: the meetings and teams. type is the kind of group from the report's glossary
# (forum, panel, steering-group, ...); members are ids of roles or agencies.
groups:
  - id: locality-forum
    name: Locality forum
    type: forum
    purpose: Agencies meet to talk about children they are concerned about.
    meets: monthly           # weekly, fortnightly, monthly, termly, ...
    chair: link-worker
    members:
      - link-worker
      - schools
      - id: social-care
        attendance: occasional   # regular (the default), occasional or absent

# Links: what flows between two items (agencies, roles or groups), from one to the other.
links:
  - from: locality-forum
    to: social-care
    kind: refers             # reports-to, raises-issues, refers, informs, ...
`;
