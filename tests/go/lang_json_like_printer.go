package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v any, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(e, indent+1, sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	case fmt.Stringer:
		sb.WriteString(strconv.Quote(x.String()))
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

type version struct{ major, minor int }

func (v version) String() string { return fmt.Sprintf("v%d.%d", v.major, v.minor) }

func count(v any) (n int) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			n += count(e)
		}
	case map[string]any:
		for _, e := range x {
			n += count(e)
		}
	default:
		n = 1
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "chanlab",
		"stars":   42,
		"ratio":   0.125,
		"public":  true,
		"owner":   nil,
		"tags":    []any{"go", "wasm", 3, []any{}},
		"version": version{1, 27},
		"nested": map[string]any{
			"deep": []any{map[string]any{"k": "v\"q\""}},
			"ch":   make(chan int),
		},
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println("leaves:", count(doc))
}
