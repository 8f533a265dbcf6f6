package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	var a int = errors.New("x")
	var b int = &strings.Builder{}
	var c int = sync.WaitGroup{}
	var d int = time.Now()
	var e int = []error{}
	var f int = fmt.Sprintf
	var g int = struct {
		Name string `json:"name"`
		age  int
	}{}
	var h int = interface{ M(int) (string, error) }(nil)
	var i int = new(func(...int))
	fmt.Println(a, b, c, d, e, f, g, h, i)
}
