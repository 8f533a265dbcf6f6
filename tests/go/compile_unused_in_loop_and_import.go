package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	total := 0
	for i, v := range []int{1, 2, 3} {
		total += v
	}
	result := strings.ToUpper("x")
	fmt.Println("done")
}
