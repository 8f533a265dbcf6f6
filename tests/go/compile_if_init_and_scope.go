package main

import (
	"fmt"
	"os"
)

func lookup(k string) (string, bool) {
	return k, k != ""
}

func main() {
	if v, ok := lookup("a"); ok {
		fmt.Println(v)
	}
	fmt.Println(v)
	for i := 0; i < 3; i++ {
	}
	fmt.Println(i)
	x := 1
	x := 2
	os.Exit(x)
}
