package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var x int
	fmt.Println(os.Args[0], x.y)
	strings.Foo()
	fmt.Printn("a")
	var z strings.Reader
	_ = z
}
