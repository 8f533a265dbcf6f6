// args: -count=abc
package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.CommandLine = flag.NewFlagSet("greet", flag.ExitOnError)
	count := flag.Int("count", 3, "how many")
	flag.Parse()
	fmt.Println("count", *count)
}
