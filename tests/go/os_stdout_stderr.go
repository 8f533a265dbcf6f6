package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "out 1")
	fmt.Fprintln(os.Stderr, "err 1")
	fmt.Fprintf(os.Stderr, "err %d\n", 2)
	os.Stdout.WriteString("out 2\n")
	os.Stderr.Write([]byte("err 3\n"))
	n, err := fmt.Fprint(os.Stdout, "out 3\n")
	fmt.Println(n, err)
	println("builtin println goes to stderr", 42, true)
	print("builtin print\n")
}
