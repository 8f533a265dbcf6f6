package main

import (
	"fmt"
	str "strings"
	"os"
)

func main() {
	fmt.Println()
}
