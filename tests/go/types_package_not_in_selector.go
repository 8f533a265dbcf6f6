package main

import (
	"fmt"
	"strings"
)

func main() {
	x := strings
	fmt.Println(x)
	fmt.Println(fmt)
}
