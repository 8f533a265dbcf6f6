// args: alpha beta --gamma=1
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(len(os.Args[0]) > 0)
	defer fmt.Println("deferred never printed")
	fmt.Fprintln(os.Stderr, "to stderr")
	if len(os.Args) > 2 {
		os.Exit(3)
	}
}
