package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"env": "test"}
}

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println(config["env"])
	f := sync.OnceFunc(func() { fmt.Println("once func") })
	f()
	f()
	v := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 42
	})
	fmt.Println(v(), v())
	vs := sync.OnceValues(func() (string, error) {
		fmt.Println("computing pair")
		return "x", nil
	})
	a, err := vs()
	b, _ := vs()
	fmt.Println(a, b, err)
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("in once") })
	}()
	o2.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")
	pf := sync.OnceFunc(func() { panic("once func panic") })
	for range 2 {
		func() {
			defer func() { fmt.Println("pf:", recover()) }()
			pf()
		}()
	}
}
