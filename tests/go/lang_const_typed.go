package main

import (
	"fmt"
	"time"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

const timeout = 2 * time.Second
const ratio = 3 / 2
const fratio = 3 / 2.0
const name, version = "app", 3

func main() {
	fmt.Println(Small, Medium, Large, Size(9))
	fmt.Printf("%v %d %s\n", Medium, Medium, Large)
	fmt.Println(timeout, timeout*2, ratio, fratio, name, version)
	var d time.Duration = 500 * time.Millisecond
	fmt.Println(d * 3)
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	const maxU8 = ^uint8(0)
	fmt.Println(maxU8, len("héllo"), len([3]int{}))
	const s = "const" + "ant"
	fmt.Println(s, s[0], len(s))
}
