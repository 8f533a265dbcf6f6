package main

import "fmt"

func main() {
	verbs := []string{"%v", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%o", "%#o", "%b", "%c", "%q", "%U"}
	ints := []any{0, 7, -7, 255, int8(-128), uint16(65535)}
	for _, v := range verbs {
		fmt.Printf("%-6s", v)
		for _, x := range ints {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	fverbs := []string{"%v", "%f", "%.1f", "%8.3f", "%-8.2f|", "%+.2e", "%g", "%.3g", "%G", "% .2f", "%08.2f", "%x"}
	floats := []any{0.0, 1.5, -2.25, 1e-7, 123456789.0, float32(0.1)}
	for _, v := range fverbs {
		fmt.Printf("%-8s", v)
		for _, x := range floats {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	sverbs := []string{"%s", "%q", "%x", "% x", "%X", "%8s", "%-8s|", "%.2s", "%8.2q", "%#q", "%+q"}
	strs := []any{"", "go", "héllo", "tab\there", []byte("by")}
	for _, v := range sverbs {
		fmt.Printf("%-6s", v)
		for _, x := range strs {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
}
