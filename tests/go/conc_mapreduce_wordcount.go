package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var documents = []string{
	"The quick brown fox jumps over the lazy dog.",
	"A lazy afternoon: the dog sleeps, the fox waits.",
	"Quick! Quick! said the brown bird to the Fox.",
	"",
	"Dogs and foxes are not the same; the dog knows.",
}

type counts map[string]int

func mapper(id int, doc string, out chan<- counts) {
	c := counts{}
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		c[w]++
	}
	out <- c
}

func reducer(in <-chan counts, done chan<- counts) {
	total := counts{}
	for c := range in {
		for w, n := range c {
			total[w] += n
		}
	}
	done <- total
}

type wordCount struct {
	word  string
	count int
}

func main() {
	partial := make(chan counts, len(documents))
	done := make(chan counts)
	var wg sync.WaitGroup
	for i, d := range documents {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mapper(i, d, partial)
		}()
	}
	go reducer(partial, done)
	wg.Wait()
	close(partial)
	total := <-done

	var list []wordCount
	for w, n := range total {
		list = append(list, wordCount{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, wc := range list[:6] {
		fmt.Printf("%-6s %2d %s\n", wc.word, wc.count, strings.Repeat("#", wc.count))
	}
	fmt.Println("distinct words:", len(list))
	fmt.Println(total["fox"], total["foxes"], total["missing"])
}
