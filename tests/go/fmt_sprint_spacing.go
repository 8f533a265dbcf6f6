package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y", true, false)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("a", 1) == "a 1\n")
	n, err := fmt.Printf("%d-%s\n", 5, "five")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%03d\n", 7)
	fmt.Fprint(os.Stdout, "no newline", "\n")
	n, _ = fmt.Println()
	fmt.Println(n)
	fmt.Println(nil, []int(nil), map[int]int(nil), error(nil))
	var sb []byte
	sb = fmt.Appendf(sb, "%d+%d", 1, 2)
	sb = fmt.Append(sb, " x", 3)
	sb = fmt.Appendln(sb, " end")
	fmt.Print(string(sb))
}
