#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// The extensions library exports the node types it registers but installs no header naming them.
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL, CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type ccmark_table_type(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type ccmark_table_row_type(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type ccmark_table_cell_type(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type ccmark_strikethrough_type(void) { return CMARK_NODE_STRIKETHROUGH; }
