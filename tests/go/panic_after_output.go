package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprintln(os.Stderr, "warning before panic")
	var arr []string
	fmt.Println(arr[len(arr)])
}
