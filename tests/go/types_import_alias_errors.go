package main

import (
	f "fmt"
	str "strings"
	_ "os"
	. "math"
)

func main() {
	fmt.Println("x")
	f.Println(Pi, str)
}
